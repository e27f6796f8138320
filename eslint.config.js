import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['eslint.config.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The layers: the engine below commands/ knows nothing of inputs, reports or commands.
    files: ['src/{manifests,validate,plan,apply,cluster,rbac,secrets,model,progressive}/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/inputs.js', '**/report/**', '**/commands/**', '**/settings/**'],
              message:
                'the engine takes what it needs as parameters; only commands/ and the entry read Settings',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/cluster/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/inputs.js',
                '**/report/**',
                '**/commands/**',
                '**/settings/**',
                '**/plan/**',
                '**/apply/**',
              ],
              message: 'cluster/ talks to the API server and knows nothing of plans or applies',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/validate/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/inputs.js', '**/report/**', '**/commands/**', '**/settings/**', '**/cluster/**'],
              message: 'validation works offline: it never needs the cluster',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/model/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['../*'], message: 'model/ is what every layer shares; it imports none of them' },
          ],
        },
      ],
    },
  },
  {
    // expect.stringContaining() and friends are typed any by vitest.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-base-to-string': 'off',
    },
  },
);

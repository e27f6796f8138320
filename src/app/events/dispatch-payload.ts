import { z } from 'zod';
import { UserError } from '../../model/errors.js';
import { dns1123LabelProblem } from '../../manifests/names.js';

const label = (what: string) =>
  z.string().superRefine((value, context) => {
    const problem = dns1123LabelProblem(value);
    if (problem) context.addIssue({ code: 'custom', message: `${what} "${value}" ${problem}` });
  });

/** A commit sha (7 to 40 hex digits) or a tag name as git allows it, never an option or a path. */
const ref = z
  .string()
  .regex(/^(?:[0-9a-f]{7,40}|[A-Za-z0-9][\w.-]{0,127})$/, {
    message: 'must be a commit sha or a tag name, e.g. v1.4.2',
  })
  .refine((value) => !value.includes('..'), { message: 'must be a commit sha or a tag name' });

/** An image reference as `images` takes it: letters, digits and . _ - / : @ = only. */
const image = z.string().regex(/^[\w.\-/:@=]+$/, { message: 'is not an image reference' });

/**
 * What a webhook may choose: the app, the environment, the commit or tag, and image overrides. Never
 * a manifest path or credentials: those stay in the workflow file, under review.
 */
const dispatchPayload = z.strictObject({
  app: label('app').optional(),
  environment: label('environment').optional(),
  ref: ref.optional(),
  images: z.union([z.array(image), image.transform((value) => [value])]).optional(),
});
export type DispatchPayload = z.infer<typeof dispatchPayload>;

export const DISPATCH_FIELDS = Object.keys(dispatchPayload.shape);

/** `client_payload`, checked field by field; any problem is one UserError naming each bad field. */
export function parseDispatchPayload(payload: unknown): DispatchPayload {
  const result = dispatchPayload.safeParse(payload ?? {});
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys')
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}; the fields are ${DISPATCH_FIELDS.join(', ')}`;
    const field = issue.path.join('.') || 'client_payload';
    return `${field}: ${issue.message}`;
  });
  throw new UserError(`repository_dispatch client_payload: ${problems.join('; ')}. Nothing was applied`);
}

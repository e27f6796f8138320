import { applyEdits } from './yaml-edit.js';

/** `to`'s Application overlay with `spec.image` set to the promoted image (added when base holds it). */
export function editAppOverlay(file: string, text: string, image: string): string {
  return applyEdits(file, text, [{ path: ['spec', 'image'], value: image }]);
}

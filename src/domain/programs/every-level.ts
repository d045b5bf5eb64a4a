/** One rule for a program's certifications at every level: for programs without levels (GIAC, EC-Council). */
export function everyLevel<R>(rule: R) {
  return { entry: rule, associate: rule, specialist: rule, professional: rule, expert: rule };
}

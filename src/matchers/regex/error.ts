// Raised when a pattern is not valid Go (RE2) syntax; the message follows Go's wording.
export class RegexSyntaxError extends Error {
  override readonly name = 'RegexSyntaxError';
}

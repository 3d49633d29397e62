// Build-time guard against unsafe MDX in content/ (filled in by the linter work, issue 4).
export function remarkMdxSafety() {
  return () => {};
}

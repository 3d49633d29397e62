// An input the importer cannot read. The message is complete and in Chinese (it names the
// file and, where it can, the line and column, says what is wrong and how to fix it), so the
// CLI prints it as is, never a stack trace.
export class ImportError extends Error {
  readonly file: string;
  constructor(file: string, message: string, at?: { line: number; column: number }) {
    super(`${file}${at ? `:${at.line}:${at.column}` : ''}：${message}`);
    this.name = 'ImportError';
    this.file = file;
  }
}

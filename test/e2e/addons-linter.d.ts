/** The part of addons-linter's programmatic API the store-lint test uses (the package ships no types). */
declare module 'addons-linter' {
  export interface LinterMessage {
    code: string;
    message: string;
    file?: string;
  }
  export interface LinterResult {
    errors: LinterMessage[];
    warnings: LinterMessage[];
    notices: LinterMessage[];
  }
  export function createInstance(options: { config: Record<string, unknown>; runAsBinary: boolean }): { run(): Promise<LinterResult> };
}

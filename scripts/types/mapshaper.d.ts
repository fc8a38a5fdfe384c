/** The part of mapshaper's Node API the data build uses (mapshaper 0.7, MPL-2.0). */
declare module 'mapshaper' {
  const mapshaper: {
    /**
     * Run mapshaper commands on in-memory inputs (file name → contents: text, a Buffer such as a
     * `.msx` snapshot, or for a `.json` file the parsed object, which mapshaper reads as it would
     * the text); resolves to output file name → contents (text formats as strings, `.msx` as a Buffer).
     */
    applyCommands(commands: string, input: Record<string, string | Buffer | object>): Promise<Record<string, string | Buffer>>;
  };
  export default mapshaper;
}

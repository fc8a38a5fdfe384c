/** The part of mapshaper's Node API the data build uses (mapshaper 0.7, MPL-2.0). */
declare module 'mapshaper' {
  const mapshaper: {
    /** Run mapshaper commands on in-memory inputs (file name → contents); resolves to output file name → contents. */
    applyCommands(commands: string, input: Record<string, string>): Promise<Record<string, string>>;
  };
  export default mapshaper;
}

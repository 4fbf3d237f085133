/** Where a value came from in a template file, so errors can name the file and YAML line. */
export interface YamlWhere {
  file: string;
  /** 1-based line of the node at `path` (keys and list indexes from the document root), if known. */
  line(path: readonly (string | number)[]): number | undefined;
}

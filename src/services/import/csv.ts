export interface CsvRecord {
  /** 1-based line number where the record starts (a quoted field may span lines). */
  line: number;
  fields: string[];
}

/**
 * RFC 4180 records from a stream of text chunks: quoted fields with doubled quotes, commas and line
 * breaks inside quotes, CRLF or LF, a leading byte-order mark. Lenient where real exports are
 * messy: a quote in the middle of an unquoted field is kept as a character.
 */
export async function* parseCsv(chunks: AsyncIterable<string>): AsyncGenerator<CsvRecord> {
  let field = "";
  let fields: string[] = [];
  let quoted = false;
  // Inside quotes we saw `"`: the next character decides between an escaped quote and the field's end.
  let quoteSeen = false;
  let line = 1;
  let recordLine = 1;
  let first = true;
  let skipLf = false;

  const endRecord = (): CsvRecord | undefined => {
    fields.push(field);
    const record = { line: recordLine, fields };
    field = "";
    fields = [];
    // A blank line is no record.
    return record.fields.length === 1 && record.fields[0] === "" ? undefined : record;
  };

  for await (let chunk of chunks) {
    if (first && chunk.length > 0) {
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
      first = false;
    }
    for (const ch of chunk) {
      if (skipLf) {
        skipLf = false;
        if (ch === "\n") continue;
      }
      if (quoted) {
        if (quoteSeen) {
          quoteSeen = false;
          if (ch === '"') {
            field += '"';
            continue;
          }
          quoted = false; // fall through: `ch` follows the closed field
        } else if (ch === '"') {
          quoteSeen = true;
          continue;
        } else {
          if (ch === "\n") line++;
          field += ch;
          continue;
        }
      }
      if (ch === ",") {
        fields.push(field);
        field = "";
      } else if (ch === "\n" || ch === "\r") {
        skipLf = ch === "\r";
        const record = endRecord();
        line++;
        recordLine = line;
        if (record) yield record;
      } else if (ch === '"' && field.length === 0) {
        quoted = true;
      } else {
        field += ch;
      }
    }
  }
  if (field !== "" || fields.length > 0 || quoted) {
    const record = endRecord();
    if (record) yield record;
  }
}

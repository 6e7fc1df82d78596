/** Collects text where some parts arrive as raw bytes that must be decoded together as UTF-8 (E'' `\xhh` runs, COPY `\ooo`). */
export class TextBuilder {
  private parts = "";
  private bytes: number[] = [];
  private static readonly decoder = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });

  text(s: string): void {
    if (this.bytes.length) this.flush();
    this.parts += s;
  }

  byte(b: number): void {
    this.bytes.push(b);
  }

  done(): string {
    if (this.bytes.length) this.flush();
    return this.parts;
  }

  private flush(): void {
    this.parts += TextBuilder.decoder.decode(Uint8Array.from(this.bytes));
    this.bytes = [];
  }
}

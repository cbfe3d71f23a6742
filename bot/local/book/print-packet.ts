// Writes the handover packet PDF: the core's packet HTML printed by Chromium.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { packetHtml, type PacketInput } from "../../core/book/packet.ts";
import { openPrinter } from "./render-pdf.ts";

export async function printPacket(file: string, input: PacketInput): Promise<number> {
  const printer = await openPrinter();
  try {
    const pdf = await printer.print(packetHtml(input));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, pdf);
    return pdf.length;
  } finally {
    await printer.close();
  }
}

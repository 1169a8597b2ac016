/** The end of every command: pick the writer, write the product, put it where `-o` says. */
import type { Product, WriteOptions } from '../writers/registry.js';
import { chooseWriter, writeParts, type Choice } from '../writers/registry.js';
import { guardOutput, writeOutput } from './output.js';

export interface Delivery extends Omit<Choice, 'product'> {
  /** the inputs, which the output must never overwrite */
  inputs: readonly string[];
}

/** Checked before any work: the output path and its format. */
export function plan(delivery: Delivery, product: Product['kind']): ReturnType<typeof chooseWriter> {
  guardOutput(delivery.output, delivery.inputs);
  return chooseWriter({ ...delivery, product });
}

export async function deliver(delivery: Delivery, product: Product, options: WriteOptions = {}): Promise<void> {
  const writer = plan(delivery, product.kind);
  await writeOutput(delivery.output, await writeParts(writer.format, product, options));
}

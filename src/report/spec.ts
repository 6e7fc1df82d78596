import { z } from "zod";

// Placeholder until the required-shape issue defines the spec format.
export const Spec = z.object({}).passthrough();
export type Spec = z.infer<typeof Spec>;

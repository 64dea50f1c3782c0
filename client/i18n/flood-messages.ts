/** UI strings of the flood theme, Czech first; merged into the shared messages in messages.ts. */
export const floodCs = {} as const;

export const floodEn: Record<keyof typeof floodCs, string> = {};

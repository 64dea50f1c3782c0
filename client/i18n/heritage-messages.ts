/** UI strings of the heritage theme, Czech first; merged into the shared messages in messages.ts. */
export const heritageCs = {} as const;

export const heritageEn: Record<keyof typeof heritageCs, string> = {};

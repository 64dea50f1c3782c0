/** UI strings of the energy theme, Czech first; merged into the shared messages in messages.ts. */
export const energyCs = {} as const;

export const energyEn: Record<keyof typeof energyCs, string> = {};

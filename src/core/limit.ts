import type { PropertyDeclaration } from 'lit';

/**
 * How many to show: a whole number above zero, else no limit. An empty `limit=""` (CMSs write
 * them), zero, a negative number or words all mean "no limit", as attribute and as property.
 */
export const positiveLimit = (limit: number | undefined): number | undefined =>
  limit !== undefined && limit >= 1 ? Math.floor(limit) : undefined;

/** The `limit` attribute of every widget that has one; words are warned about in the console. */
export const limitProperty: PropertyDeclaration = {
  converter: {
    fromAttribute(value: string | null): number | undefined {
      const number = Number(value?.trim() || 0);
      if (Number.isNaN(number)) console.warn(`coalition-widgets: limit="${value}" is not a number; showing all`);
      return positiveLimit(number);
    },
  },
};

// Form validation with zod, apart from model.ts: the map imports the model, and zod need not load before it shows.
import { z } from 'zod';
import { PROPOSAL_LIMITS, type ProposalValues } from './model';

const { title, description, place } = PROPOSAL_LIMITS;

export const proposalSchema = z
  .object({
    title: z.string().trim().min(title[0], 'title.tooShort').max(title[1], 'title.tooLong'),
    description: z
      .string()
      .trim()
      .min(description[0], 'description.tooShort')
      .max(description[1], 'description.tooLong'),
    themeId: z.string().min(1, 'theme.required'),
    placeMode: z.enum(['map', 'district']),
    pin: z.object({ lng: z.number(), lat: z.number() }).nullable(),
    districtId: z.string(),
    placeDescription: z.string().trim().max(place, 'place.tooLong'),
    isHome: z.boolean(),
  })
  .superRefine((v, ctx) => {
    if (v.placeMode === 'map' && !v.pin) ctx.addIssue({ code: 'custom', path: ['pin'], message: 'pin.required' });
    if (v.placeMode === 'district' && !v.districtId)
      ctx.addIssue({ code: 'custom', path: ['districtId'], message: 'district.required' });
    if (v.placeMode === 'district' && v.placeDescription.trim().length < 3)
      ctx.addIssue({ code: 'custom', path: ['placeDescription'], message: 'place.required' });
  }) satisfies z.ZodType<ProposalValues>;

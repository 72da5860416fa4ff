// GET /api/service-types: the active catalog, for the service pickers. The admin feature owns
// the catalog; this read-only list stays only while main has no such route of its own.
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { serviceTypeTable } from '../../db/schema/index.ts';
import type { Feature } from '../features.ts';

export const serviceTypeRoutes: Feature = (app, { database }) => {
  app.get(
    '/api/service-types',
    {
      schema: {
        tags: ['services'],
        description: 'Active service types of the CoC catalog.',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.string(),
                name: z.string(),
                category: z.string(),
                unitLabel: z.string(),
                recordType: z.number().nullable(),
                typeProvided: z.number().nullable(),
                active: z.boolean(),
              }),
            ),
          }),
        },
      },
    },
    async () => ({
      items: await database.db
        .select({
          id: serviceTypeTable.id,
          name: serviceTypeTable.name,
          category: serviceTypeTable.category,
          unitLabel: serviceTypeTable.unitLabel,
          recordType: serviceTypeTable.recordType,
          typeProvided: serviceTypeTable.typeProvided,
          active: serviceTypeTable.active,
        })
        .from(serviceTypeTable)
        .where(eq(serviceTypeTable.active, true))
        .orderBy(asc(serviceTypeTable.category), asc(serviceTypeTable.name)),
    }),
  );
};

import { z } from "zod";
import { matrixUserIdSchema } from "@/lib/schemas/matrix-id";
import { deviceIdSchema } from "@/lib/schemas/opaque-id";
import { hasNoControlCharacters, NO_CONTROL_CHARACTERS } from "@/lib/schemas/text";

export const renameDeviceSchema = z.object({
  userId: z.string().trim().pipe(matrixUserIdSchema),
  deviceId: deviceIdSchema,
  displayName: z
    .string()
    .trim()
    .min(1, "is required")
    .max(100, "must be at most 100 characters")
    .refine(hasNoControlCharacters, NO_CONTROL_CHARACTERS),
});
export type RenameDeviceInput = z.infer<typeof renameDeviceSchema>;

/** A user's page lists all their devices; more than this in one request is not a page's worth. */
export const MAX_DEVICES_PER_REQUEST = 500;

export const deleteDevicesSchema = z.object({
  userId: z.string().trim().pipe(matrixUserIdSchema),
  deviceIds: z
    .array(deviceIdSchema)
    .min(1, "select at least one device")
    .max(MAX_DEVICES_PER_REQUEST, `select at most ${MAX_DEVICES_PER_REQUEST} devices at a time`)
    // The same device twice would be deleted and audited twice.
    .transform((ids) => [...new Set(ids)]),
});
export type DeleteDevicesInput = z.infer<typeof deleteDevicesSchema>;

export type DeviceResult =
  { deviceId: string; ok: true } | { deviceId: string; ok: false; error: string };

import type { UseFormReturn } from "react-hook-form";
import type { CreateRoomForm, CreateRoomInput } from "@/lib/schemas/room-create";

/** The create-room form as its field groups receive it. */
export type CreateRoomFormApi = UseFormReturn<CreateRoomForm, unknown, CreateRoomInput>;

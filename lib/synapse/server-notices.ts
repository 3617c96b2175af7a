import { z } from "zod";
import type { SynapseHttp } from "./http";
import { synapsePath } from "./path";

const sentNoticeSchema = z.looseObject({ event_id: z.string() });

export type ServerNotice = {
  userId: string;
  /** Plain text; Synapse sends it as an m.text message from its server notices account. */
  body: string;
  /**
   * Synapse's transaction ID: a second send with the same ID (a retried or resumed step) returns
   * the first event instead of sending the notice again, while Synapse still remembers it.
   */
  txnId: string;
};

/**
 * Sends a server notice to a local user, into their server notices room (Synapse creates the room
 * and invites them the first time). Synapse answers 400 when its config has no `server_notices`.
 */
export async function sendServerNotice(http: SynapseHttp, notice: ServerNotice): Promise<string> {
  const answer = await http.request(sentNoticeSchema, {
    method: "PUT",
    path: synapsePath`/_synapse/admin/v1/send_server_notice/${notice.txnId}`,
    body: { user_id: notice.userId, content: { msgtype: "m.text", body: notice.body } },
    what: `send a server notice to ${notice.userId}`,
  });
  return answer.event_id;
}

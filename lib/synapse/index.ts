// The public face of lib/synapse: the only code that knows Synapse's HTTP API.
export { createSynapseClient, type SynapseClient, type SynapseClientOptions } from "./client";
export type { SynapseDevice } from "./devices";
export { createLimiter, mapWithConcurrency, type Limiter, type Settled } from "./concurrency";
export { diagnoseConnection, type DiagnoseProblem, type DiagnoseResult } from "./diagnose";
export { isSynapseError, SynapseError, type SynapseErrorKind } from "./errors";
export { toSynapseError } from "./error-mapping";
export {
  createSynapseHttp,
  type OutgoingRequest,
  type SynapseHttp,
  type TokenSource,
} from "./http";
export {
  registerWithSharedSecret,
  type Registered,
  type SharedSecretRegistration,
} from "./register";
export type { ListRoomsParams, RoomOrderBy, SynapseRoomList, SynapseRoomListEntry } from "./rooms";
export type { ClientVersions, ServerVersion } from "./server";
export {
  createServiceTokenSource,
  DEFAULT_SERVICE_LOCALPART,
  deriveServicePassword,
  type ServiceAccountConfig,
  type ServiceAccountMethod,
  type ServiceTokenSource,
  type TokenStore,
} from "./service-account";
export type { LoginResult, PasswordLogin, WhoAmI } from "./session";
export type { SynapseUser, SynapseUserList, SynapseUserListEntry } from "./user-schemas";
export type { ListUsersParams, UpdateUserInput, UserOrderBy } from "./users";

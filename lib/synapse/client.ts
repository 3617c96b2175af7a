import {
  getBackgroundUpdateStatus,
  listScheduledTasks,
  setBackgroundUpdatesEnabled,
  type ListScheduledTasksParams,
} from "./background-work";
import { deleteDevice, deleteDevices, listDevices, renameDevice } from "./devices";
import {
  deleteEventReport,
  getEventReport,
  listEventReports,
  type ListEventReportsParams,
} from "./event-reports";
import {
  getDestination,
  listDestinationRooms,
  listDestinations,
  resetDestinationConnection,
  type ListDestinationRoomsParams,
  type ListDestinationsParams,
} from "./federation";
import { createSynapseHttp, type SynapseHttpOptions, type TokenSource } from "./http";
import {
  deleteForwardExtremities,
  getRoom,
  getRoomBlockStatus,
  getRoomState,
  getRoomStateOfType,
  listForwardExtremities,
  listRoomMembers,
} from "./room-details";
import { getRoomHierarchy, type RoomHierarchyParams } from "./room-hierarchy";
import {
  findEventAtTimestamp,
  getEventContext,
  listRoomMessages,
  type ListRoomMessagesParams,
} from "./room-timeline";
import {
  deleteMedia,
  deleteUserMediaPage,
  getMediaInfo,
  listRoomMedia,
  listUserMedia,
  openThumbnail,
  quarantineRoomMedia,
  setMediaProtected,
  setMediaQuarantined,
  uploadMedia,
  type ListUserMediaParams,
  type MediaUpload,
  type ThumbnailSize,
} from "./media";
import {
  deleteLocalMedia,
  purgeRemoteMediaCache,
  type DeleteLocalMediaParams,
} from "./media-cleanup";
import {
  getLargestRoomsInDatabase,
  listUsersMediaStatistics,
  type UsersMediaStatisticsParams,
} from "./media-statistics";
import {
  createRegistrationToken,
  deleteRegistrationToken,
  getRegistrationToken,
  listRegistrationTokens,
  updateRegistrationToken,
  type NewRegistrationToken,
  type RegistrationTokenChanges,
} from "./registration-tokens";
import { kickFromRoom, leaveRoom } from "./room-membership";
import {
  deleteRoom,
  getDeleteStatus,
  getPurgeStatus,
  joinRoomAsService,
  makeRoomAdmin,
  purgeRoomHistory,
  setRoomBlocked,
  setRoomDirectoryVisibility,
  setRoomPowerLevels,
  setRoomState,
  type DeleteRoomOptions,
  type DirectoryVisibility,
} from "./room-admin";
import { listRoomAliases, resolveRoomAlias } from "./room-aliases";
import { sendRoomMessage } from "./client-messages";
import { sendServerNotice, type ServerNotice } from "./server-notices";
import { findUserByThreepid, type ThreepidMedium } from "./threepids";
import { createRoomAsService, type NewRoomRequest } from "./room-create";
import { listRooms, type ListRoomsParams } from "./rooms";
import { checkHealth, getClientVersions, getServerVersion } from "./server";
import { loginAsUser, type LoginAsOptions } from "./token-admin";
import { renewAccountValidity, type AccountValidityRenewal } from "./account-validity";
import {
  getUserRedactionStatus,
  startUserRedaction,
  type RedactUserEventsRequest,
} from "./user-redaction";
import {
  deleteUserReport,
  getUserReport,
  listUserReports,
  type ListUserReportsParams,
} from "./user-reports";
import { loginWithPassword, logout, whoAmI, type PasswordLogin } from "./session";
import {
  clearRateLimitOverride,
  deactivateUser,
  getRateLimitOverride,
  isUsernameAvailable,
  joinUserToRoom,
  resetPassword,
  setRateLimitOverride,
  setUserAdmin,
  setUserShadowBanned,
  setUserSuspended,
  type RateLimitOverride,
} from "./user-admin";
import {
  countUserMedia,
  listJoinedRooms,
  listNamedJoinedRooms,
  listUserConnections,
  listUserPushers,
} from "./user-details";
import {
  getUser,
  getUserAdminStatus,
  listUsers,
  updateUser,
  type ListUsersParams,
  type UpdateUserInput,
} from "./users";

export type SynapseClientOptions = {
  baseUrl: string;
  tokenSource: TokenSource;
  timeoutMs: number;
  maxRetryWaitMs: number;
  /** Sees every request before it is sent, e.g. to refuse changes outside an audited scope. */
  beforeRequest?: SynapseHttpOptions["beforeRequest"];
};

/** Synapse's API as plain functions, acting as the service account unless a token is given. */
export function createSynapseClient(options: SynapseClientOptions) {
  const http = createSynapseHttp({
    baseUrl: options.baseUrl,
    timeoutMs: options.timeoutMs,
    maxRetryWaitMs: options.maxRetryWaitMs,
    auth: options.tokenSource,
    beforeRequest: options.beforeRequest,
  });
  return {
    baseUrl: http.baseUrl,
    server: {
      version: () => getServerVersion(http),
      clientVersions: () => getClientVersions(http),
      health: () => checkHealth(http),
    },
    session: {
      login: (login: PasswordLogin) => loginWithPassword(http, login),
      /** Whom a token belongs to; the service account's own token when none is given. */
      whoAmI: async (token?: string) =>
        whoAmI(http, token ?? (await options.tokenSource.getToken())),
      logout: (token: string) => logout(http, token),
    },
    users: {
      get: (userId: string) => getUser(http, userId),
      list: (params?: ListUsersParams) => listUsers(http, params),
      update: (userId: string, changes: UpdateUserInput) => updateUser(http, userId, changes),
      isAdmin: (userId: string) => getUserAdminStatus(http, userId),
      deactivate: (userId: string, erase: boolean) => deactivateUser(http, userId, erase),
      setSuspended: (userId: string, suspend: boolean) => setUserSuspended(http, userId, suspend),
      setAdmin: (userId: string, admin: boolean) => setUserAdmin(http, userId, admin),
      resetPassword: (userId: string, change: { newPassword: string; logoutDevices: boolean }) =>
        resetPassword(http, userId, change),
      setShadowBanned: (userId: string, banned: boolean) =>
        setUserShadowBanned(http, userId, banned),
      rateLimit: {
        get: (userId: string) => getRateLimitOverride(http, userId),
        set: (userId: string, limit: RateLimitOverride) =>
          setRateLimitOverride(http, userId, limit),
        clear: (userId: string) => clearRateLimitOverride(http, userId),
      },
      joinRoom: (roomIdOrAlias: string, userId: string) =>
        joinUserToRoom(http, roomIdOrAlias, userId),
      isNameAvailable: (localpart: string) => isUsernameAvailable(http, localpart),
      /** Who has this email address or phone number; null when nobody has. */
      findByThreepid: (medium: ThreepidMedium, address: string) =>
        findUserByThreepid(http, medium, address),
      joinedRooms: (userId: string) => listJoinedRooms(http, userId),
      /** Joined rooms with names, the first `cap` only (one room details call each). */
      namedJoinedRooms: (userId: string, cap?: number) => listNamedJoinedRooms(http, userId, cap),
      connections: (userId: string) => listUserConnections(http, userId),
      pushers: (userId: string) => listUserPushers(http, userId),
      mediaCount: (userId: string) => countUserMedia(http, userId),
      /** A new device-less access token for the user (admin login-as-user). */
      loginAs: (userId: string, options?: LoginAsOptions) => loginAsUser(http, userId, options),
      /** Starts Synapse's task redacting the user's events; returns its redact ID. */
      redactEvents: (userId: string, request: RedactUserEventsRequest) =>
        startUserRedaction(http, userId, request),
      redactStatus: (redactId: string) => getUserRedactionStatus(http, redactId),
      renewValidity: (renewal: AccountValidityRenewal) => renewAccountValidity(http, renewal),
    },
    serverNotices: {
      send: (notice: ServerNotice) => sendServerNotice(http, notice),
    },
    devices: {
      list: (userId: string) => listDevices(http, userId),
      rename: (userId: string, deviceId: string, displayName: string) =>
        renameDevice(http, userId, deviceId, displayName),
      delete: (userId: string, deviceId: string) => deleteDevice(http, userId, deviceId),
      deleteMany: (userId: string, deviceIds: readonly string[]) =>
        deleteDevices(http, userId, deviceIds),
    },
    media: {
      upload: (media: MediaUpload) => uploadMedia(http, media),
      get: (serverName: string, mediaId: string) => getMediaInfo(http, serverName, mediaId),
      ofUser: (userId: string, params?: ListUserMediaParams) => listUserMedia(http, userId, params),
      /** Deletes up to `limit` of the user's files; repeat until none is deleted. */
      deleteOfUser: (userId: string, limit: number) => deleteUserMediaPage(http, userId, limit),
      delete: (serverName: string, mediaId: string) => deleteMedia(http, serverName, mediaId),
      setQuarantined: (serverName: string, mediaId: string, quarantined: boolean) =>
        setMediaQuarantined(http, serverName, mediaId, quarantined),
      setProtected: (mediaId: string, protect: boolean) =>
        setMediaProtected(http, mediaId, protect),
      ofRoom: (roomId: string) => listRoomMedia(http, roomId),
      quarantineRoom: (roomId: string) => quarantineRoomMedia(http, roomId),
      thumbnail: (serverName: string, mediaId: string, size: ThumbnailSize) =>
        openThumbnail(http, serverName, mediaId, size),
    },
    mediaCleanup: {
      deleteLocal: (params: DeleteLocalMediaParams, signal?: AbortSignal) =>
        deleteLocalMedia(http, params, signal),
      purgeRemoteCache: (beforeTs: number, signal?: AbortSignal) =>
        purgeRemoteMediaCache(http, beforeTs, signal),
    },
    statistics: {
      usersMedia: (params?: UsersMediaStatisticsParams) => listUsersMediaStatistics(http, params),
      largestRooms: () => getLargestRoomsInDatabase(http),
    },
    backgroundUpdates: {
      status: () => getBackgroundUpdateStatus(http),
      setEnabled: (enabled: boolean) => setBackgroundUpdatesEnabled(http, enabled),
    },
    scheduledTasks: {
      list: (params?: ListScheduledTasksParams) => listScheduledTasks(http, params),
    },
    federation: {
      list: (params?: ListDestinationsParams) => listDestinations(http, params),
      get: (destination: string) => getDestination(http, destination),
      rooms: (destination: string, params?: ListDestinationRoomsParams) =>
        listDestinationRooms(http, destination, params),
      resetConnection: (destination: string) => resetDestinationConnection(http, destination),
    },
    eventReports: {
      list: (params?: ListEventReportsParams) => listEventReports(http, params),
      get: (reportId: string) => getEventReport(http, reportId),
      delete: (reportId: string) => deleteEventReport(http, reportId),
    },
    userReports: {
      list: (params?: ListUserReportsParams) => listUserReports(http, params),
      get: (reportId: string) => getUserReport(http, reportId),
      delete: (reportId: string) => deleteUserReport(http, reportId),
    },
    rooms: {
      list: (params?: ListRoomsParams) => listRooms(http, params),
      get: (roomId: string) => getRoom(http, roomId),
      members: (roomId: string) => listRoomMembers(http, roomId),
      state: (roomId: string) => getRoomState(http, roomId),
      /** State events of one type only, e.g. m.room.power_levels without every member event. */
      stateOfType: (roomId: string, type: string) => getRoomStateOfType(http, roomId, type),
      blockStatus: (roomId: string) => getRoomBlockStatus(http, roomId),
      forwardExtremities: (roomId: string) => listForwardExtremities(http, roomId),
      deleteForwardExtremities: (roomId: string) => deleteForwardExtremities(http, roomId),
      messages: (roomId: string, params: ListRoomMessagesParams) =>
        listRoomMessages(http, roomId, params),
      eventAt: (roomId: string, ts: number, dir: "b" | "f") =>
        findEventAtTimestamp(http, roomId, ts, dir),
      eventContext: (
        roomId: string,
        eventId: string,
        limit: number,
        filter?: Record<string, unknown>,
      ) => getEventContext(http, roomId, eventId, limit, filter),
      hierarchy: (roomId: string, params?: RoomHierarchyParams) =>
        getRoomHierarchy(http, roomId, params),
      aliases: (roomId: string) => listRoomAliases(http, roomId),
      resolveAlias: (alias: string) => resolveRoomAlias(http, alias),
      create: (request: NewRoomRequest) => createRoomAsService(http, request),
      join: (roomId: string, userId: string) => joinUserToRoom(http, roomId, userId),
      makeAdmin: (roomId: string, userId: string) => makeRoomAdmin(http, roomId, userId),
      joinAsService: (roomId: string) => joinRoomAsService(http, roomId),
      setBlocked: (roomId: string, block: boolean) => setRoomBlocked(http, roomId, block),
      setDirectoryVisibility: (roomId: string, visibility: DirectoryVisibility) =>
        setRoomDirectoryVisibility(http, roomId, visibility),
      setPowerLevels: (roomId: string, content: Record<string, unknown>) =>
        setRoomPowerLevels(http, roomId, content),
      setState: (
        roomId: string,
        event: { type: string; stateKey: string; content: Record<string, unknown> },
      ) => setRoomState(http, roomId, event),
      /** Sends an m.room.message as the service account; the same txnId is sent once. */
      sendMessage: (roomId: string, txnId: string, content: Record<string, unknown>) =>
        sendRoomMessage(http, { roomId, txnId, content }),
      /** The owner of `token` (e.g. a login-as-user token) leaves the room; without one, the service account. */
      leave: (roomId: string, token?: string) => leaveRoom(http, roomId, token),
      kick: (roomId: string, userId: string, reason?: string) =>
        kickFromRoom(http, roomId, userId, reason),
      delete: (roomId: string, options: DeleteRoomOptions) => deleteRoom(http, roomId, options),
      deleteStatus: (deleteId: string) => getDeleteStatus(http, deleteId),
      purgeHistory: (roomId: string, options: { upToTs: number; deleteLocalEvents: boolean }) =>
        purgeRoomHistory(http, roomId, options),
      purgeStatus: (purgeId: string) => getPurgeStatus(http, purgeId),
    },
    registrationTokens: {
      list: (valid?: boolean) => listRegistrationTokens(http, valid),
      get: (token: string) => getRegistrationToken(http, token),
      create: (request: NewRegistrationToken) => createRegistrationToken(http, request),
      update: (token: string, changes: RegistrationTokenChanges) =>
        updateRegistrationToken(http, token, changes),
      delete: (token: string) => deleteRegistrationToken(http, token),
    },
  };
}

export type SynapseClient = ReturnType<typeof createSynapseClient>;

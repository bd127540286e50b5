import { Injectable } from '@nestjs/common';
import { ErrorCode, PROTOCOL_VERSION, socketHandshakeAuthSchema, type User } from '@leernetwerk/shared';
import { TokensService } from '../auth/tokens.service';
import { ApiError } from '../common/api-error';
import { UsersService } from '../users/users.service';
import { accountEnded } from './user-connections';

/** Decides who a socket is at the handshake; refuses with the same codes as the HTTP API. */
@Injectable()
export class SocketAuthenticator {
  constructor(
    private readonly tokens: TokensService,
    private readonly users: UsersService,
  ) {}

  async authenticate(handshakeAuth: unknown): Promise<{ user: User; sessionId: string }> {
    const parsed = socketHandshakeAuthSchema.safeParse(handshakeAuth);
    if (!parsed.success) throw new ApiError(ErrorCode.Unauthenticated, 'A token is required to connect');
    if (parsed.data.protocolVersion !== PROTOCOL_VERSION) {
      throw new ApiError(
        ErrorCode.ProtocolVersionMismatch,
        `This app speaks protocol ${parsed.data.protocolVersion}, the server ${PROTOCOL_VERSION}; reload the page`,
      );
    }
    const claims = await this.tokens.verifyAccessToken(parsed.data.token);
    // A logged-out session's access token is still unexpired for a while: it opens no new sockets.
    const [user] = await Promise.all([this.users.findById(claims.sub), this.tokens.requireLiveSession(claims.sid)]);
    const ended = accountEnded(user);
    if (ended) throw new ApiError(ended.code, ended.message);
    return { user: user!, sessionId: claims.sid };
  }

  /** The person as they are now (roles, blocked), or null when the account is gone. */
  reload(userId: string): Promise<User | null> {
    return this.users.findById(userId);
  }
}

import { applyDecorators, SetMetadata, UseFilters, UsePipes } from '@nestjs/common';

import { SocketExceptionFilter } from './socket-exception.filter';
import { SocketValidationPipe } from './socket-validation.pipe';

/** Metadata key of SocketPublic. */
export const SOCKET_PUBLIC = 'kp:socket-public';

/**
 * Every gateway class with `@SubscribeMessage` handlers carries this: payloads validated into their class,
 * every failure answered with the error acknowledgement (Nest applies no global pipes or filters to gateways).
 */
export const SocketHandlers = (): ClassDecorator =>
  applyDecorators(UseFilters(SocketExceptionFilter), UsePipes(SocketValidationPipe));

/**
 * Marks a socket handler (or gateway) as deliberately unguarded. Without it or a guard, the realtime handler
 * spec fails: every handler is guarded by default.
 */
export const SocketPublic = (): ClassDecorator & MethodDecorator => SetMetadata(SOCKET_PUBLIC, true);

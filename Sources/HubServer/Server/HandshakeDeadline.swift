import HummingbirdCore
import Logging
import NIOCore
import NIOSSL
import NIOTLS

/// Closes a TLS connection whose handshake has not finished within `limit` of its opening: until
/// ALPN has chosen HTTP/1.1 or HTTP/2 no HTTP handler (nor its read timeout) is in the pipeline,
/// so a client that connects and sends nothing, or trickles its ClientHello, would otherwise hold
/// the connection for ever. Sits right after the TLS handler, whose handshake event it waits
/// for, then removes itself.
final class HandshakeDeadlineHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = NIOAny

    private let limit: Duration
    private let logger: Logger
    private var check: Scheduled<Void>?

    init(limit: Duration, logger: Logger) {
        self.limit = limit
        self.logger = logger
    }

    func handlerAdded(context: ChannelHandlerContext) {
        if context.channel.isActive { schedule(context) }
    }

    func channelActive(context: ChannelHandlerContext) {
        schedule(context)
        context.fireChannelActive()
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        check?.cancel()
        check = nil
    }

    func channelInactive(context: ChannelHandlerContext) {
        check?.cancel()
        check = nil
        context.fireChannelInactive()
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        context.fireUserInboundEventTriggered(event)
        if case TLSUserEvent.handshakeCompleted = event {
            context.pipeline.syncOperations.removeHandler(context: context, promise: nil)
        }
    }

    private func schedule(_ context: ChannelHandlerContext) {
        guard check == nil else { return }
        check = context.eventLoop.assumeIsolated().scheduleTask(in: TimeAmount(limit)) { [self] in
            check = nil
            logger.info("TLS handshake deadline passed", metadata: ["http.request_timeout": "\(limit)"])
            context.close(promise: nil)
        }
    }
}

/// `base` (a child channel whose pipeline starts with TLS) with a ``HandshakeDeadlineHandler``
/// after its TLS handler.
struct HandshakeDeadlineChannel<Base: ServerChildChannel>: ServerChildChannel {
    let base: Base
    let limit: Duration

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Base.Value> {
        base.setup(channel: channel, logger: logger).flatMapThrowing { [limit] value in
            let operations = channel.pipeline.syncOperations
            let tls = try operations.context(handlerType: NIOSSLServerHandler.self)
            try operations.addHandler(HandshakeDeadlineHandler(limit: limit, logger: logger), position: .after(tls.handler))
            return value
        }
    }

    func handle(value: Base.Value, logger: Logger) async {
        await base.handle(value: value, logger: logger)
    }
}

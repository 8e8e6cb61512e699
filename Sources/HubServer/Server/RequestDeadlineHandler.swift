import HTTPTypes
import Logging
import NIOCore
import NIOHTTPTypes

/// The error a request's body stream ends with when the request did not arrive in full within
/// its deadline; ``GraphQLRoute`` answers it with 408 `REQUEST_TIMEOUT`.
struct RequestDeadlineExceeded: Error, Sendable {
    /// The request timeout that passed.
    let limit: Duration
}

/// Bounds the time a request takes to arrive, head and body together: the read timeout closes a
/// connection that goes quiet, but a client sending a byte just before each timeout (a "slow
/// POST" or "slowloris" trickle) would otherwise keep its connection, its request and its
/// buffer for ever.
///
/// One per connection (per stream with HTTP/2), after the HTTP codec, so it sees request parts
/// and responses; its clock starts when the connection opens (over TLS, once ALPN chose the
/// protocol: ``HandshakeDeadlineHandler`` bounds the handshake), then at the first bytes of each
/// later request (the first read after a request ended, seen as `channelReadComplete`, which
/// arrives even while the codec still gathers a head), and stops at the request's end. When the
/// deadline passes:
/// - before the head was decoded (a trickled head), it answers 408 itself and closes;
/// - while the body arrives, it ends the body stream with ``RequestDeadlineExceeded``, so the
///   route answers 408, and closes the connection once that answer is written;
/// - after the route answered without reading the body, it closes.
///
/// Cheap on the hot path: a request costs a clock read and no timer of its own; a connection
/// has at most one scheduled check at a time (so at most one per request timeout), moved to the
/// current request's deadline when it fires early, as Hummingbird's idle timer does.
final class RequestDeadlineHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    private enum Phase {
        /// Added to a connection not yet active.
        case new
        /// The last request arrived in full; nothing of the next one yet.
        case waiting
        /// A request is arriving since `since`; `headReceived` once its head reached the router.
        case receiving(since: NIODeadline, headReceived: Bool)
        /// The deadline passed: the connection closes once the answers in progress are written.
        case expired
    }

    private let limit: Duration
    private let logger: Logger
    private let metrics: ServerMetrics?
    private var phase = Phase.new
    /// Whether a request ended in the current read, whose completion then starts no clock.
    private var requestEndedInRead = false
    /// Requests whose head arrived and whose response has not ended.
    private var unanswered = 0
    private var check: Scheduled<Void>?

    /// A handler giving each request `limit` to arrive; timeouts are logged and counted.
    init(limit: Duration, logger: Logger, metrics: ServerMetrics?) {
        self.limit = limit
        self.logger = logger
        self.metrics = metrics
    }

    func handlerAdded(context: ChannelHandlerContext) {
        if context.channel.isActive { start(context) }
    }

    func channelActive(context: ChannelHandlerContext) {
        start(context)
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

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head:
            unanswered += 1
            switch phase {
            case .new, .waiting: begin(context, since: .now(), headReceived: true)
            case .receiving(let since, _): phase = .receiving(since: since, headReceived: true)
            case .expired: break
            }
        case .body:
            break
        case .end:
            if case .receiving = phase { phase = .waiting }
            requestEndedInRead = true
        }
        context.fireChannelRead(data)
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        if case .waiting = phase, !requestEndedInRead { begin(context, since: .now(), headReceived: false) }
        requestEndedInRead = false
        context.fireChannelReadComplete()
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        guard case .end = unwrapOutboundIn(data) else { return context.write(data, promise: promise) }
        unanswered = max(unanswered - 1, 0)
        guard case .expired = phase, unanswered == 0 else { return context.write(data, promise: promise) }
        writeThenClose(context, data, promise: promise)
    }

    // MARK: - The clock

    /// Starts the first request's clock when the connection opens.
    private func start(_ context: ChannelHandlerContext) {
        if case .new = phase { begin(context, since: .now(), headReceived: false) }
    }

    private func begin(_ context: ChannelHandlerContext, since: NIODeadline, headReceived: Bool) {
        phase = .receiving(since: since, headReceived: headReceived)
        if check == nil { schedule(context, at: since + TimeAmount(limit)) }
    }

    private func schedule(_ context: ChannelHandlerContext, at deadline: NIODeadline) {
        check = context.eventLoop.assumeIsolated().scheduleTask(deadline: deadline) { [self] in
            check = nil
            guard case .receiving(let since, let headReceived) = phase else { return }
            let deadline = since + TimeAmount(limit)
            guard NIODeadline.now() >= deadline else { return schedule(context, at: deadline) }
            expire(context, headReceived: headReceived)
        }
    }

    private func expire(_ context: ChannelHandlerContext, headReceived: Bool) {
        phase = .expired
        logger.info(
            "request deadline passed",
            metadata: ["http.request_timeout": "\(limit)", "http.head_received": "\(headReceived)"])
        switch (headReceived, unanswered) {
        case (false, 0):
            // No request for the router to answer: this handler answers.
            answer(context)
        case (true, 0):
            // The router answered already, without waiting for the body.
            context.close(promise: nil)
        case (true, _):
            // The route reading the body gets the error and answers; `write` closes after it.
            context.fireErrorCaught(RequestDeadlineExceeded(limit: limit))
        case (false, _):
            // An earlier (pipelined) request is still being answered; `write` closes after it.
            break
        }
    }

    /// 408 with the GraphQL error `REQUEST_TIMEOUT`, then the connection closed.
    private func answer(_ context: ChannelHandlerContext) {
        let response = EndpointResponse.problem(.requestTimeout(limit: limit), mediaType: .graphQLResponseJSON)
        var head = HTTPResponse(status: .init(code: response.status))
        for field in response.headers { head.headerFields.set(field) }
        head.headerFields[.contentLength] = String(response.body.count)
        head.headerFields[.connection] = "close"
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        context.write(wrapOutboundOut(.body(ByteBuffer(bytes: response.body))), promise: nil)
        writeThenClose(context, wrapOutboundOut(.end(nil)), promise: nil)
        metrics?.recordResponse(status: response.status, duration: limit)
        metrics?.recordErrors(codes: response.errorCodes)
    }

    /// Writes `data`, flushes, and closes the connection once it is written (or failed).
    private func writeThenClose(_ context: ChannelHandlerContext, _ data: NIOAny, promise: EventLoopPromise<Void>?) {
        let written = context.eventLoop.makePromise(of: Void.self)
        written.futureResult.assumeIsolated().whenComplete { result in
            context.close(promise: nil)
            promise?.completeWith(result)
        }
        context.writeAndFlush(data, promise: written)
    }
}

using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace PledgeBot.Conversations.DirectLine;

/// <summary>The WebSocket at a conversation's streamUrl: first every activity after the watermark, then each new one as
/// any instance appends it. The client's keep-alives (empty messages every 20 s) are read and ignored.</summary>
internal static class DirectLineStream
{
    public static async Task<Results<EmptyHttpResult, ProblemHttpResult>> RunAsync(
        string conversationId,
        HttpContext context,
        DirectLineAccess access,
        DirectLineActivityLog log,
        DirectLineStreams streams,
        ILogger<DirectLineStreams> logger)
    {
        var request = context.Request;
        if (!context.WebSockets.IsWebSocketRequest)
        {
            return access.Refuse(StatusCodes.Status400BadRequest, "The stream is a WebSocket.");
        }

        // Browsers cannot set headers on a WebSocket: the token travels in `t`, as Direct Line's own streamUrl has it.
        var presented = request.Query["t"].ToString() is { Length: > 0 } t ? t : DirectLineRequest.Bearer(request);
        var (token, refusal) = await access.AuthorizeAsync(presented, conversationId, context.RequestAborted);
        if (refusal is not null)
        {
            return refusal;
        }

        if (!DirectLineRequest.TryReadWatermark(request, out var watermark))
        {
            return access.Refuse(StatusCodes.Status400BadRequest, "The watermark is not a number.");
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        using var claim = streams.Claim(token!.ConversationId, context.RequestAborted);
        logger.StreamOpened();

        // Subscribed before the backlog is read, so nothing appended in between is missed.
        var appended = await log.SubscribeAsync(token.ConversationId);
        var receiving = ReceiveUntilClosedAsync(socket, claim, context.RequestAborted);
        try
        {
            while (true)
            {
                var set = await log.ReadAsync(token.ConversationId, watermark, claim.Token);
                if (set.Activities.Count > 0)
                {
                    var json = JsonSerializer.SerializeToUtf8Bytes(set, DirectLineJsonContext.Wire.ActivitySet);
                    await socket.SendAsync(json, WebSocketMessageType.Text, endOfMessage: true, claim.Token);
                    watermark = long.Parse(set.Watermark!, System.Globalization.CultureInfo.InvariantCulture);
                }

                await appended.ReadAsync(claim.Token);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // The browser left, a newer stream took over, or the host is stopping.
        }
        finally
        {
            await appended.UnsubscribeAsync();
        }

        await CloseAsync(socket, claim.Collided);
        try
        {
            // The client answers a close with its own; one that does not is cut off.
            await receiving.WaitAsync(TimeSpan.FromSeconds(2));
        }
        catch (TimeoutException)
        {
            socket.Abort();
        }

        logger.StreamClosed(claim.Collided ? "collision" : "closed");
        return TypedResults.Empty;
    }

    // Not cancelled by the claim: cancelling a receive aborts the socket, and a collision must still send its close.
    private static async Task ReceiveUntilClosedAsync(WebSocket socket, DirectLineStreamClaim claim, CancellationToken requestAborted)
    {
        var buffer = new byte[4096];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var received = await socket.ReceiveAsync(buffer, requestAborted);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // Either side went away; the sender notices through the claim.
        }

        claim.End();
    }

    private static async Task CloseAsync(WebSocket socket, bool collided)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            await socket.CloseOutputAsync(
                collided ? WebSocketCloseStatus.PolicyViolation : WebSocketCloseStatus.NormalClosure,
                collided ? "collision" : null,
                timeout.Token);
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // Already gone.
        }
    }
}

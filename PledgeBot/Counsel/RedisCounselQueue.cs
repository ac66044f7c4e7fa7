using PledgeBot.Dialogs.Ports;

namespace PledgeBot.Counsel;

/// <summary>The young person's side of the console, in the store: the port the talk-to-someone flow uses.</summary>
public sealed class RedisCounselQueue(
    CounselChats chats, CounselTranscripts transcripts, CounselStats stats, CounselReferences references) : ICounselQueue
{
    public async Task<CounselSeat> EnqueueAsync(CounselRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var channel = request.Reference.ChannelId ?? string.Empty;
        var existing = await chats.IdOfAsync(request.Conversation, cancellationToken);
        var seat = await chats.SeatAsync(existing, cancellationToken);
        if (seat.Status != CounselStatus.None)
        {
            return seat;
        }

        var id = await chats.EnqueueAsync(request, channel, chatId => references.Seal(request.Reference, chatId), cancellationToken);
        await stats.RequestedAsync(channel, request.At, cancellationToken);
        return await chats.SeatAsync(id, cancellationToken);
    }

    public async Task<CounselSeat> FindAsync(StateKey conversation, CancellationToken cancellationToken) =>
        await chats.SeatAsync(await chats.IdOfAsync(conversation, cancellationToken), cancellationToken);

    public async Task<CounselSeat> RelayAsync(StateKey conversation, CounselMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (await chats.IdOfAsync(conversation, cancellationToken) is not { } id)
        {
            return CounselSeat.None;
        }

        await chats.HeardAsync(id, message, cancellationToken);
        var entry = new TranscriptEntry(TranscriptEntry.User, message.Text, message.At, RiskName(message.Risk), message.Categories);
        await transcripts.AppendAsync(id, entry, cancellationToken);
        return await chats.SeatAsync(id, cancellationToken);
    }

    public async Task<CounselSeat> KeepWaitingAsync(StateKey conversation, CancellationToken cancellationToken)
    {
        if (await chats.IdOfAsync(conversation, cancellationToken) is not { } id)
        {
            return CounselSeat.None;
        }

        await chats.KeepWaitingAsync(id, cancellationToken);
        return await chats.SeatAsync(id, cancellationToken);
    }

    public async Task LeaveAsync(StateKey conversation, CancellationToken cancellationToken)
    {
        if (await chats.IdOfAsync(conversation, cancellationToken) is not { } id)
        {
            return;
        }

        await chats.RemoveAsync(id, conversation, string.Empty, cancellationToken);
        await transcripts.PublishAsync(id, new CounselStreamEvent(CounselStreamEvent.Ended) { By = TranscriptEntry.User }, cancellationToken);
    }

    public Task RecordFallbackAsync(string channel, CounselFallback reason, DateTimeOffset at, CancellationToken cancellationToken) =>
        stats.FallbackAsync(channel, reason, at, cancellationToken);

    public static string RiskName(RiskLevel risk) => risk switch
    {
        RiskLevel.High => "high",
        RiskLevel.Concern => "concern",
        _ => "none",
    };
}

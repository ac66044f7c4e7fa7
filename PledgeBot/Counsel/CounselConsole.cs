using PledgeBot.Conversations;
using PledgeBot.Dialogs.Flows.TalkToSomeone.Counsel;
using PledgeBot.Dialogs.Ports;

namespace PledgeBot.Counsel;

/// <summary>What a counsellor does with a chat: take it, answer, hand it back, end it. Each is audited (key id and
/// time) and the young person hears of it on their channel.</summary>
public sealed class CounselConsole(
    CounselChats chats, CounselTranscripts transcripts, CounselStats stats, CounselAudit audit, CounselDelivery delivery, TimeProvider time)
{
    public const int MaxListed = 500;

    /// <summary>Every chat, highest risk first, then who has waited longest.</summary>
    public async Task<IReadOnlyList<CounselQueueItem>> ListAsync(string keyId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var items = await chats.ListAsync(MaxListed, cancellationToken);
        return [.. items
            .OrderByDescending(item => item.Risk)
            .ThenBy(item => item.Since)
            .Select(item => new CounselQueueItem(
                item.Id,
                item.Channel,
                item.Language,
                RedisCounselQueue.RiskName(item.Risk),
                item.Categories,
                (long)Math.Max(0, ((item.ClaimedAt ?? now) - item.Since).TotalSeconds),
                ReplyWindow.EndsAt(item.Channel, item.LastUserMessage),
                item.ClaimedBy,
                item.ClaimedBy == keyId))];
    }

    public async Task<CounselOutcome> ClaimAsync(string id, string keyId, CancellationToken cancellationToken)
    {
        var claimed = await chats.ClaimAsync(id, keyId, cancellationToken);
        if (claimed <= 0)
        {
            return claimed == 0 ? CounselOutcome.HeldByAnother : CounselOutcome.NotFound;
        }

        if (claimed == 2 || await chats.GetAsync(id, cancellationToken) is not { } item)
        {
            return CounselOutcome.Done;
        }

        if (claimed == 3)
        {
            await stats.HandledAsync(item.Channel, item.Since, item.ClaimedAt ?? time.GetUtcNow(), cancellationToken);
        }

        await audit.RecordAsync(keyId, CounselAudit.Claimed, id, cancellationToken);
        var language = CounselDelivery.LanguageOf(item);
        await delivery.SendAsync(item, CounselReplies.Claimed(delivery.Content, language, item.Channel), cancellationToken);
        return CounselOutcome.Done;
    }

    public async Task<(CounselOutcome Outcome, int Seq)> SendAsync(string id, string keyId, string text, CancellationToken cancellationToken)
    {
        if (await chats.GetAsync(id, cancellationToken) is not { } item)
        {
            return (CounselOutcome.NotFound, 0);
        }

        if (item.ClaimedBy != keyId)
        {
            return (CounselOutcome.HeldByAnother, 0);
        }

        if (ReplyWindow.EndsAt(item.Channel, item.LastUserMessage) is { } window && window < time.GetUtcNow())
        {
            return (CounselOutcome.WindowClosed, 0);
        }

        var language = CounselDelivery.LanguageOf(item);
        var outcome = await delivery.SendAsync(item, CounselReplies.FromCounsellor(delivery.Content, language, item.Channel, text), cancellationToken);
        if (outcome != ProactiveOutcome.Delivered)
        {
            return (outcome == ProactiveOutcome.Failed ? CounselOutcome.DeliveryFailed : CounselOutcome.Unreachable, 0);
        }

        var seq = await transcripts.AppendAsync(id, new TranscriptEntry(TranscriptEntry.Counsellor, text, time.GetUtcNow(), null, null), cancellationToken);
        await audit.RecordAsync(keyId, CounselAudit.Sent, id, cancellationToken);
        return (CounselOutcome.Done, seq);
    }

    public async Task<CounselOutcome> ReleaseAsync(string id, string keyId, CancellationToken cancellationToken)
    {
        var released = await chats.ReleaseAsync(id, keyId, cancellationToken);
        if (released <= 0)
        {
            return released == 0 ? CounselOutcome.HeldByAnother : CounselOutcome.NotFound;
        }

        await audit.RecordAsync(keyId, CounselAudit.Released, id, cancellationToken);
        await transcripts.PublishAsync(id, new CounselStreamEvent(CounselStreamEvent.Released) { By = TranscriptEntry.Counsellor }, cancellationToken);
        if (await chats.GetAsync(id, cancellationToken) is { } item)
        {
            var place = await chats.PlaceAsync(id, cancellationToken);
            await delivery.SendAsync(item, CounselReplies.Released(delivery.Content, CounselDelivery.LanguageOf(item), item.Channel, place), cancellationToken);
        }

        return CounselOutcome.Done;
    }

    public async Task<CounselOutcome> EndAsync(string id, string keyId, CancellationToken cancellationToken)
    {
        if (await chats.GetAsync(id, cancellationToken) is not { } item)
        {
            return CounselOutcome.NotFound;
        }

        var removed = await chats.RemoveAsync(id, null, keyId, cancellationToken);
        if (removed <= 0)
        {
            return removed == 0 ? CounselOutcome.HeldByAnother : CounselOutcome.NotFound;
        }

        await audit.RecordAsync(keyId, CounselAudit.Ended, id, cancellationToken);
        await transcripts.PublishAsync(id, new CounselStreamEvent(CounselStreamEvent.Ended) { By = TranscriptEntry.Counsellor }, cancellationToken);
        await delivery.SendAsync(item, CounselReplies.Ended(delivery.Content, CounselDelivery.LanguageOf(item), item.Channel), cancellationToken);
        return CounselOutcome.Done;
    }

    /// <summary>A waiting chat whose wait ran out: 111, keep waiting, or back to the bot — once per wait.</summary>
    public async Task<bool> OfferFallbackAsync(string id, CancellationToken cancellationToken)
    {
        if (await chats.GetAsync(id, cancellationToken) is not { ClaimedBy: null } item || !await chats.MarkTimedOutAsync(id, cancellationToken))
        {
            return false;
        }

        await stats.FallbackAsync(item.Channel, CounselFallback.Timeout, time.GetUtcNow(), cancellationToken);
        await delivery.SendAsync(item, CounselReplies.Timeout(delivery.Content, CounselDelivery.LanguageOf(item), item.Channel), cancellationToken);
        return true;
    }
}

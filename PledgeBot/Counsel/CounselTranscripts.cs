using System.Text.Json;
using Microsoft.Extensions.Options;
using PledgeBot.Dialogs.Flows.TalkToSomeone.Counsel;
using StackExchange.Redis;

namespace PledgeBot.Counsel;

/// <summary>A chat's messages: appended sealed (AES-GCM) to a list that expires with the chat, and announced on the
/// chat's pub/sub channel, still sealed, so the counsellor's stream on any instance shows them. Never logged.</summary>
public sealed class CounselTranscripts(
    IConnectionMultiplexer store, CounselRedisKeys keys, TranscriptCipher cipher, IOptions<CounselOptions> options)
{
    public async Task<int> AppendAsync(string id, TranscriptEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var sealedEntry = cipher.Encrypt(JsonSerializer.SerializeToUtf8Bytes(entry, CounselJsonContext.Default.TranscriptEntry), id);
        var database = store.GetDatabase();
        var length = await database.ListRightPushAsync(keys.Transcript(id), sealedEntry).WaitAsync(cancellationToken);
        await database.KeyExpireAsync(keys.Transcript(id), options.Value.TranscriptLifetime).WaitAsync(cancellationToken);
        var seq = (int)length - 1;
        await PublishAsync(id, new CounselStreamEvent(CounselStreamEvent.Message) { Seq = seq, Sealed = sealedEntry }, cancellationToken);
        return seq;
    }

    public async Task<IReadOnlyList<TranscriptEntry>> ReadAsync(string id, CancellationToken cancellationToken)
    {
        var sealedEntries = await store.GetDatabase().ListRangeAsync(keys.Transcript(id)).WaitAsync(cancellationToken);
        return [.. sealedEntries.Select(value => Open(id, value))];
    }

    /// <summary>A message as the stream shows it, from its sealed form.</summary>
    public TranscriptEntry Open(string id, RedisValue sealedEntry) =>
        cipher.Decrypt(sealedEntry, id) is { } plain
            ? JsonSerializer.Deserialize(plain, CounselJsonContext.Default.TranscriptEntry) ?? Unreadable
            : Unreadable;

    public Task PublishAsync(string id, CounselStreamEvent streamEvent, CancellationToken cancellationToken) =>
        store.GetSubscriber()
            .PublishAsync(keys.Events(id), JsonSerializer.Serialize(streamEvent, CounselJsonContext.Default.CounselStreamEvent))
            .WaitAsync(cancellationToken);

    // A value that no longer decrypts (a changed key) shows as a gap rather than failing the whole chat.
    private static TranscriptEntry Unreadable { get; } = new(TranscriptEntry.User, string.Empty, DateTimeOffset.UnixEpoch, null, null);
}

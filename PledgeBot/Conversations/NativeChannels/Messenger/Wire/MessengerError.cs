namespace PledgeBot.Conversations.NativeChannels.Messenger.Wire;

/// <summary>A Graph API error (Graph API, "Common Error Codes"); <see cref="Message"/> is never logged.</summary>
public sealed record MessengerError
{
    public string? Message { get; init; }

    public string? Type { get; init; }

    public int? Code { get; init; }

    public int? ErrorSubcode { get; init; }

    public string? FbtraceId { get; init; }
}

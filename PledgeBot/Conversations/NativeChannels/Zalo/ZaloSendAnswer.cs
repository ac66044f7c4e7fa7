namespace PledgeBot.Conversations.NativeChannels.Zalo;

/// <summary>What the send API answers, always HTTP 200: success only when <see cref="Error"/> is 0.</summary>
public sealed record ZaloSendAnswer(int? Error, string? Message);

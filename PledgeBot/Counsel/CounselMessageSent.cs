namespace PledgeBot.Counsel;

/// <summary>The answer to a message delivered: its place in the chat.</summary>
public sealed record CounselMessageSent(int Seq);

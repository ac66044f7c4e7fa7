namespace PledgeBot.Staff.Funnel;

/// <summary>One step of the flow and the conversations that reached it in the range.</summary>
public sealed record FunnelStepTotal(int Ordinal, string Name, long Conversations);

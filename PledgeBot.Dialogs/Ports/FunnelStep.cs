namespace PledgeBot.Dialogs.Ports;

/// <summary>A conversation reached a step of a flow for the first time: the flow, the content version it ran on, the
/// step's place and name in the flow, the conversation's referral code and when. Counted by the state store with the
/// turn's state write (<see cref="IStateStore"/>); no user id.</summary>
public sealed record FunnelStep(string Flow, string Version, int Ordinal, string Name, string? ReferralCode, DateTimeOffset At);

namespace PledgeBot.Staff.Funnel;

/// <summary>The body of <c>GET /admin/funnel.json</c>: for one flow and content version, over Viet Nam days
/// <see cref="From"/> to <see cref="To"/>, the conversations that first reached each step, in total, per day, per
/// referral kind and per staff code. Each list of counts follows <see cref="Steps"/>. <see cref="Versions"/> lists
/// every content version seen in the range, newest first; <see cref="Version"/> is the one shown.</summary>
public sealed record FunnelData(
    string Flow,
    string From,
    string To,
    string? Version,
    IReadOnlyList<FunnelVersion> Versions,
    IReadOnlyList<FunnelStepTotal> Steps,
    IReadOnlyList<FunnelRow> Days,
    IReadOnlyList<FunnelRow> Kinds,
    IReadOnlyList<FunnelRow> Codes);

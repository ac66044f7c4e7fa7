using PledgeBot.Dialogs.Content;

namespace PledgeBot.Dialogs.Ports;

/// <summary>What a pledge card shows: the pledges chosen (content ids), the pledge number, the invite code for the QR
/// code, and the language of its words. Nothing that names the pledger.</summary>
public sealed record PledgeCard(long Number, IReadOnlyList<string> PledgeIds, string InviteCode, string Language);

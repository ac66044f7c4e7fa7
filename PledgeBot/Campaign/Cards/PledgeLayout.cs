namespace PledgeBot.Campaign.Cards;

/// <summary>How the pledge list was set: the font size, each pledge's lines, and whether any had to be cut short.</summary>
internal sealed record PledgeLayout(float Size, IReadOnlyList<IReadOnlyList<string>> Lines, bool Clipped);

namespace PledgeBot.Classes;

/// <summary>The question on screen: index from 0, of total; its text and options (A first) and when its countdown ends.</summary>
public sealed record ClassScreenQuestion(int Index, int Total, string Id, string Text, IReadOnlyList<string> Options, DateTimeOffset EndsAt);

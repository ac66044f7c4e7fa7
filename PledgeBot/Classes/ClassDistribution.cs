namespace PledgeBot.Classes;

/// <summary>After the reveal: answers per option (A first), the right option's index, and why it is right.</summary>
public sealed record ClassDistribution(int Index, IReadOnlyList<long> Counts, int Correct, string Explanation);

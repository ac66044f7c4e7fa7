using PledgeBot.Dialogs.Ports;

namespace PledgeBot.Counsel;

/// <summary>A waiting chat's place: high risk first, then concern, then none; within a risk, who waited longest. One
/// number per chat, so the queue is a sorted set read in order: the risk band times 10^13 plus the request's Unix
/// milliseconds (below 10^13 until the year 2286), exact in a double.</summary>
public static class CounselScore
{
    public const double Band = 1e13;

    public static double Of(RiskLevel risk, long sinceMilliseconds) => ((int)RiskLevel.High - (int)risk) * Band + sinceMilliseconds;
}

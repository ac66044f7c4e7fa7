
namespace PledgeBot.Classes;

/// <summary>Class sessions on the staff dashboard (all time): sessions and students per province, and students reached
/// through schools (seated in a class that names a school code).</summary>
public sealed record ClassDashboard(
    long Sessions, long Students, long StudentsThroughSchools, IReadOnlyList<ClassCount> SessionsByProvince, IReadOnlyList<ClassCount> StudentsByProvince);

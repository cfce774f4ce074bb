# Declared before use: gens, degree, P are loop variables.
# Export every group of order <= MAXORDER from GAP's SmallGroups library as permutation
# generators of small degree, with invariants for cross-checking. Run by
# tools/make_small_groups.py (which sets MAXORDER and OUTFILE); one JSON object per line.
LoadPackage("json");;
out := OutputTextFile(OUTFILE, false);;
SetPrintFormattingStatus(out, false);;
AppendTo(out, GapToJsonString(rec(gap := GAPInfo.Version,
    smallgrp := InstalledPackageVersion("smallgrp"), max_order := MAXORDER)), "\n");;
for n in [1 .. MAXORDER] do
  for i in [1 .. NumberSmallGroups(n)] do
    G := SmallGroup(n, i);;
    if n = 1 then
      gens := [];; degree := 1;;
    else
      P := Image(IsomorphismPermGroup(G));;
      P := Image(SmallerDegreePermutationRepresentation(P));;
      gens := SmallGeneratingSet(P);;
      degree := Maximum(1, LargestMovedPoint(P));;
    fi;
    AppendTo(out, GapToJsonString(rec(
      order := n, id := i, name := StructureDescription(G), degree := degree,
      generators := List(gens, g -> ListPerm(g, degree)),
      classes := NrConjugacyClasses(G),
      class_sizes := SortedList(List(ConjugacyClasses(G), Size)),
      degrees := SortedList(List(Irr(G), d -> d[1])),
      abelian_invariants := AbelianInvariants(G),
      exponent := Exponent(G),
      abelian := IsAbelian(G), nilpotent := IsNilpotentGroup(G), solvable := IsSolvableGroup(G),
      centre := Size(Centre(G)), derived := Size(DerivedSubgroup(G)))), "\n");;
  od;
od;
CloseStream(out);;
QUIT;

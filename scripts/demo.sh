#!/usr/bin/env bash
# The Lifeline demo on a bare laptop: plan a delivery over the sample airspace of Fugou County
# (a two-drop tour is refused for energy, so the urgent drop is flown alone), start a simulated ArduCopter as its own process (MAVLink over TCP), upload the
# mission, fence and rally points with read-back verification, start the mission and follow
# the flight to its landing. Outputs (plan, map, tlogs, simulator log) go to ./demo-out/.
#
#   ./lifeline demo [--speedup N]      (default speed-up 10: the ~12-minute flight takes ~1.5 min)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
speedup=10
if [ "${1:-}" = "--speedup" ] && [ -n "${2:-}" ]; then speedup=$2; fi

sim_jar="$here/simulator/target/lifeline-simulator.jar"
gs="$here/lifeline"
for j in "$sim_jar" "$here/ground-station/target/lifeline.jar"; do
  [ -f "$j" ] || { echo "demo: $j is missing; build first: mvn -B -q -DskipTests package" >&2; exit 2; }
done

out="$here/demo-out"
mkdir -p "$out"
cd "$out"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo 5760)
link="tcp://127.0.0.1:$port"

airspace="$here/docs/examples/fugou-airspace.geojson"
vehicle="$here/docs/examples/sim-quad.vehicle.json"   # the simulator's airframe and battery

echo "== 1. Plan two drops (elderly home, Xicheng building 12) for the small simulated quad"
if "$gs" plan --airspace "$airspace" --from launch-west --to dp-elderly-home --to dp-xicheng-12 \
     --vehicle "$vehicle" --out two-drops.plan; then
  plan=two-drops.plan
else
  echo "   -> refused (exit $?); plan the urgent drop alone instead:"
  echo
  echo "== 1b. Plan one drop: West bus depot -> Sunshine elderly home -> back"
  "$gs" plan --airspace "$airspace" --from launch-west --to dp-elderly-home \
    --vehicle "$vehicle" --out delivery.plan --map delivery.png --geojson delivery.geojson
  plan=delivery.plan
fi

echo
echo "== 2. Simulated flight controller on $link (speed-up $speedup), log in demo-out/simulator.log"
java -jar "$sim_jar" --gcs "tcpin://127.0.0.1:$port" --home 34.056,114.3745,50 --speedup "$speedup" \
  > simulator.log 2>&1 &
sim=$!
trap 'kill $sim 2>/dev/null || true' EXIT

echo
echo "== 3. Upload mission, geofence and rally points (verified by reading them back)"
"$gs" mission upload --connect "$link" --wait 20 --type all "$plan"

echo
echo "== 4. Start: GUIDED, arm (retried through pre-arm checks), MISSION_START"
"$gs" vehicle start --connect "$link"

echo
echo "== 5. Follow the flight until it lands"
"$gs" vehicle watch --connect "$link" --every 5 --seconds 600

echo
echo "Done. Plan, map (delivery.png), GeoJSON and the flight's .tlog files are in $out"

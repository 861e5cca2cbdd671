package org.lifeline.simulator.vehicle;

import io.dronefleet.mavlink.common.MavParamType;
import io.dronefleet.mavlink.common.ParamRequestList;
import io.dronefleet.mavlink.common.ParamRequestRead;
import io.dronefleet.mavlink.common.ParamSet;
import io.dronefleet.mavlink.common.ParamValue;
import io.dronefleet.mavlink.util.EnumValue;
import java.util.List;
import java.util.function.Consumer;

/**
 * The parameter protocol as ArduPilot answers it: PARAM_REQUEST_LIST streams every
 * PARAM_VALUE, PARAM_REQUEST_READ answers by name (or by index when the index is ≥ 0), and
 * PARAM_SET answers with the new PARAM_VALUE on every port. An unknown name gets no reply at
 * all — clients must time out, exactly as with a real flight controller.
 */
final class ParameterProtocol {

    private final Parameters params;
    private final Consumer<Object> broadcast;

    ParameterProtocol(Parameters params, Consumer<Object> broadcast) {
        this.params = params;
        this.broadcast = broadcast;
    }

    void handle(Object p, Consumer<Object> reply) {
        if (p instanceof ParamRequestList) {
            List<String> names = params.names();
            for (int i = 0; i < names.size(); i++) {
                reply.accept(value(names.get(i), i));
            }
        } else if (p instanceof ParamRequestRead r) {
            List<String> names = params.names();
            String name = r.paramIndex() >= 0 && r.paramIndex() < names.size() ? names.get(r.paramIndex()) : trim(r.paramId());
            int index = names.indexOf(name);
            if (index >= 0) {
                reply.accept(value(name, index));
            }
        } else if (p instanceof ParamSet s) {
            String name = trim(s.paramId());
            if (params.set(name, s.paramValue())) {
                broadcast.accept(value(name, params.indexOf(name)));
            }
        }
    }

    private ParamValue value(String name, int index) {
        MavParamType type = params.isInteger(name) ? MavParamType.MAV_PARAM_TYPE_INT32 : MavParamType.MAV_PARAM_TYPE_REAL32;
        return ParamValue.builder().paramId(name).paramValue((float) params.value(name))
                .paramType(EnumValue.of(type)).paramCount(params.size()).paramIndex(index).build();
    }

    private static String trim(String id) {
        if (id == null) {
            return "";
        }
        int nul = id.indexOf('\0');
        return (nul >= 0 ? id.substring(0, nul) : id).trim();
    }
}

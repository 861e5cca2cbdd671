package org.lifeline.groundstation.dispatch.request;

import java.util.List;
import java.util.Optional;

/** A draft after {@link RequestRules#check}: either a request or every problem found. */
public record Checked(Optional<DispatchRequest> request, List<FieldProblem> problems) {

    public Checked {
        problems = List.copyOf(problems);
        if (request.isPresent() == !problems.isEmpty()) {
            throw new IllegalArgumentException("either a request or problems");
        }
    }

    public boolean ok() {
        return request.isPresent();
    }
}

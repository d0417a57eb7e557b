//! Message utilities (`msg_*`): dates, deltas, parameters.
